pragma solidity ^0.4.25;

contract Roulette {
    uint public pastBlockTime;

    constructor() public payable {}

    function spin() external payable {
        require(msg.value == 10 ether);
        require(now != pastBlockTime);
        pastBlockTime = now;
        if (now % 15 == 0) { // @vuln category=time_manipulation
            msg.sender.transfer(address(this).balance);
        }
    }
}
