pragma solidity ^0.4.0;

// King-of-the-Ether style: the old monarch's compensation is sent and its failure ignored,
// so a monarch that is a contract (or runs out of gas) loses it silently.
contract ThroneOfEther {
    address public monarch;
    uint public claimPrice = 10 finney;
    uint public constant FEE_PERCENT = 1;

    function ThroneOfEther() {
        monarch = msg.sender;
    }

    function claimThrone() payable {
        if (msg.value < claimPrice) throw;
        uint compensation = msg.value * (100 - FEE_PERCENT) / 100;
        monarch.send(compensation); // @vuln category=unchecked_low_level_calls
        monarch = msg.sender;
        claimPrice = claimPrice * 3 / 2;
    }
}
