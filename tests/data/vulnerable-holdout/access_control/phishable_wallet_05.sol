pragma solidity >=0.5.0 <0.6.0;

// tx.origin phishing: the owner calls any contract, and that contract calls withdrawTo on his behalf.
contract FamilyWallet {
    address public owner;

    constructor() public {
        owner = msg.sender;
    }

    function () external payable {}

    function withdrawTo(address payable recipient, uint256 amount) public {
        require(tx.origin == owner, "not owner"); // @vuln category=access_control
        recipient.transfer(amount);
    }
}
